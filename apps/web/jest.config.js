// Unit specs for the pure layers of the graph view: element model, stylesheet, layout choice,
// paging and Dutch labels. Nothing here needs a browser; the real browser runs in apps/web-e2e.
module.exports = require('../../jest.shared.js')(__dirname);
