// Data change: relationships written before visibility existed are public, as they were shown.
// Idempotent: only relationships without a visibility are touched.
MATCH ()-[r]->() WHERE r.visibility IS NULL SET r.visibility = 'PUBLIC';
