/** The staff accounts every test kiosk is provisioned with, each as its `operator.login` request. */
export const TEST_STAFF = {
  operator: { account: 'op-li', pin: '246813' },
  technician: { account: 'tech-wang', pin: '135792' },
} as const;
