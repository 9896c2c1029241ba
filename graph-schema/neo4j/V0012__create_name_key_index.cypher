// Names are searched without accents ("fryslan" finds "Fryslân"): by nameKey, which takes the
// place of nameLower (V0013 fills it, V0014 drops the old index).
CREATE TEXT INDEX node_name_key IF NOT EXISTS FOR (n:Node) ON (n.nameKey);
