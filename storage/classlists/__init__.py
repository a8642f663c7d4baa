"""Class lists: reading a CSV as schools save it (classfile, classlist) and merging it into
the families (classmerge)."""
