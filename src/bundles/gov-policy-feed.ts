import '../widgets/policy-feed/define.js';
