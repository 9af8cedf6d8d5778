/** A reader who set their browser's default font size to 32 px (the test runner's reader-32 group). */
import { readerTests } from './reader.js';

readerTests(32);
