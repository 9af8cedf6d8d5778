// The all-in-one script: defines every gov-widgets element.
import '../widgets/policy-feed/define.js';
import '../widgets/account-directory/define.js';
import '../widgets/ask-form/define.js';
