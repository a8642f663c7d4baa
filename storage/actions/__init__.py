"""A ContactBook's actions, by what they touch: families, contacts (and undo), the calendar.

Each is a mixin on `engine.tables.BookTables`; `storage/book.py` puts them together.
"""
