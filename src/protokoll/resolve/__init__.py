"""Many parsed documents → one archive's entities: the same meeting from several sources
(``meetings``), people across spellings and years (``people``), and items that refer back to earlier
business (``followups``). Plain functions over plain data: no database here."""
