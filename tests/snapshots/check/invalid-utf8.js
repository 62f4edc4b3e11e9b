const s = "cafÃ© ÿş ok";
const té = 1;
