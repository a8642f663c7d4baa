"""The engine under ContactBook: TinyDB with our Storage and our Middleware.

- `storage.py`: `DataStorage`, TinyDB's `Storage` for the data file (validated read,
  atomic 0600 write, damage refused);
- `transaction.py`: `Transaction`, a TinyDB `Middleware`: one lock, one fresh read and
  one write per change, however many tables it touches;
- `schema.py`: the declared records (msgspec), the one source of what a valid file is;
- `stamp.py`: the checksum of our own last write, so our own bytes are not checked twice;
- `tables.py`: `BookTables`, how a book opens TinyDB and its tables.

TinyDB is imported on first use, not by `import storage`.
"""
