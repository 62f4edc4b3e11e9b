// node:url (https://nodejs.org/api/url.html), our own code.
(function (natives) {
  'use strict';
  const url = {};
  return url;
});
