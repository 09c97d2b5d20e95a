// `npm run demo`: create and migrate the database, load the demo data and print the logins; the
// npm script then starts the server (`npm start`'s build/index.js) on the same database.
import { databasePath } from "../../db/client";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo, seedDemoExtras } from "../../db/demo/seed";
import { getDb } from "../db.server";

const db = getDb();
const seeded = await seedDemo(db);
const extended = seedDemoExtras(db);
const added = seeded || extended;
console.log(added ? `Data demo dimuat ke ${databasePath()}.` : `Data demo sudah ada di ${databasePath()}.`);
const port = Number(process.env.PORT || 3000);
console.log("\nAkun demo (kata sandi sama untuk semua: " + DEMO_PASSWORD + "):");
for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(28)} ${u.description}`);
console.log(`\nBuka http://localhost:${port}/login\n`);
db.$client.close();
