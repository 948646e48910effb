-- A page's part: NULL for a PDF's own pages, else the name of the attached file (a PDF
-- Portfolio's file, a cover letter's paperclip, a CSV export) the page was read from.
ALTER TABLE document_pages ADD COLUMN part TEXT;
