// Contract suites start real stores (a Neo4j server for the neo4j run), so give them time.
module.exports = require('../../jest.shared.js')(__dirname, { testTimeout: 60_000 });
