
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02bccd7e6e59dd59': `The server took too long to answer. Please try again later.`,
's0a1e139b814abbc3': `official accounts`,
's18987ed622d1ef48': `Official accounts cannot be shown right now`,
's29730855c3dd6641': str`Entries not shown because their data is malformed: ${0}.`,
's2c5cbfe4ce45494f': `Policies cannot be shown right now`,
's33bd0fa79800e113': str`The server refused the request (error ${0}). Please contact the webmaster.`,
's401d54ebf6f202c7': `Could not reach the server. Check your connection and try again.`,
's4379603c1d2c2b0b': `This page does not say where the data is. Please contact the webmaster.`,
's472bc44a3a96872c': `policies`,
's47c8c5e4737442e1': `The data did not arrive completely. Please try again.`,
's50fb4cf017548249': `Loading…`,
's67b9a69b8129ff8a': `The data file was not found. Please contact the webmaster.`,
's7858c4514e587816': `Questions cannot be asked right now`,
's9f7caf380af613f6': `The data file is malformed and cannot be read. Please contact the webmaster.`,
'sb47cac45ae4f12a1': str`The data file's version (${0}) is not supported; this widget reads version 1.x. Please contact the webmaster.`,
'sc56b9e1bb9eb4a5a': str`The data file has no ${0}. Please contact the webmaster.`,
'sc8bd06d6d6a40820': str`The server cannot provide the data right now (error ${0}). Please try again later.`,
'se688063e2feeca9a': `questions`,
'se8c2123be37023a6': `The data file does not follow the specification and cannot be shown. Please contact the webmaster.`,
'sf14eef0954efc3b7': `Try again`,
    };
  