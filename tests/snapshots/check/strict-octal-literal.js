"use strict";
var mode = 0644;
