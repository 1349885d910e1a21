"""The meeting cycle: draft the next minutes from the archive (``draft``), publish them as DOCX and PDF
(``render``), sign and verify the PDF (``sign``) and remind whoever owes a task (``remind``).

Each module is a plain library; ``protokoll.cycle.cli`` adds thin commands to the ``protokoll`` app.
"""
