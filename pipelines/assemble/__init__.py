"""Assembling: extractions in, the published tables out, checked against ``schemas``.

* ``tables``   -- rows with stable IDs from extractions and the resolved people, in the
  columns of ``schemas.tables`` (whole tables, or a group of documents' rows at a time);
* ``validate`` -- every check of the specs (types, keys, allowed values, row checks, foreign
  keys, text spans), on whole tables or piece by piece, and the failure report.

Pure: no files are read or written here (``pipelines.build.write`` does that).
"""
