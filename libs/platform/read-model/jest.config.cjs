module.exports = require('../../../jest.preset.cjs').projectConfig(__dirname, 'platform-read-model');
