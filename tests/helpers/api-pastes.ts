/** API answers the API doctor is tested with, shared by the unit tests and the e2e spec. */

export const RID = '202406121530450102451470530C0D7A3D';

/** A batch answer with top-level code 0 whose packages failed one by one (per-item errors). */
export const failPackages = {
  code: 0,
  message: 'Success',
  request_id: RID,
  data: {
    fail_packages: [
      { package_id: '1153', fail_code: 21008099, fail_reason: 'package already shipped' },
      { package_id: '1154', fail_code: 21011044, fail_reason: 'order is on hold' },
    ],
  },
};
