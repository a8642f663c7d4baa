"""The rules of the domain, used by the book, the screens and the CLI alike: who needs a positive
contact (insights), the week's mix, name matching, dates, safe text, the summary and exports."""
