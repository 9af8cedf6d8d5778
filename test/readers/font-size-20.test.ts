/** A reader who set their browser's default font size to 20 px (the test runner's reader-20 group). */
import { readerTests } from './reader.js';

readerTests(20);
