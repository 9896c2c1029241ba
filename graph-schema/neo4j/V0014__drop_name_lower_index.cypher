// Searches go by nameKey since V0012-V0013: the index on the lower-cased name serves nothing.
DROP INDEX node_name_lower IF EXISTS;
