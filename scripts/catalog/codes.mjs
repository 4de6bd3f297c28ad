/**
 * Hand-written knowledge per code, where the shared table is thin or the doctor knows more: it replaces the
 * generated meaning, cause, area, fix... of that code (fields left out keep the generated value). `extra` codes are
 * known from elsewhere (TIKTOK_FACTS.md, observed responses) and are not in the shared table. `variants` tell one
 * code's meanings apart by lower-case fragments of the message (`match`, first hit wins, in order).
 * Read by scripts/gen-catalog.mjs only.
 */
const FACTS = 'TIKTOK_FACTS.md (error envelope), from TikTok Partner Center error lists quoted by public SDKs';
const REAUTH = 'If refreshing fails, the seller must authorize the app again (Seller Center > Apps & services).';
const RETRY = [
  'Retry after a short wait, with exponential backoff and jitter.',
  'If several endpoints fail at once it is on TikTok’s side: give the request_id to TikTok Partner support.',
];

export const CODES = {
  36002005: {
    meaning: 'An item of the batch was refused because of its listing platform (`detail.listing_platform` names it).',
    fix: ['Check the listing platform the item is sent for, and send that item again on its own.'],
  },
  13002013: {
    meaning: 'No seller matches the token: the widget token was made with a wrong token.',
    fix: ['Create the widget token again with the access token of the shop’s seller.'],
  },
  105001: {
    meaning: 'The seller withdrew the app’s authorization; its access token no longer works.',
    cause: 'account',
    area: 'authorization',
    actor: 'seller',
    fix: [
      'The seller must authorize the app again (Seller Center > Apps & services, or the app’s own link).',
      'Store the new access and refresh tokens; the old ones stay dead.',
    ],
  },
  105002: {
    meaning: 'Access token expired.',
    fix: [
      'Refresh the access token with the refresh token (the refresh token lives longer; each refresh returns a new one).',
      '`access_token_expire_in` is an absolute Unix time, not a duration: compare it with now.',
      REAUTH,
    ],
  },
  105005: {
    meaning: 'The app or its token lacks the scope (permission package) this endpoint needs.',
  },
  106001: {
    meaning: 'The `sign` does not match the request.',
    fix: [
      'Sign with HMAC-SHA256 (lower-case hex), key app_secret, over app_secret + path + sorted query (without sign and access_token) + body + app_secret.',
      'Check the app_secret belongs to the app_key, and that the body signed is byte for byte the body sent.',
    ],
  },
  106013: {
    meaning: '`shop_cipher` is missing from a shop-level call.',
    cause: 'account',
    area: 'shop-identity',
    fix: [
      'Get the shop_cipher from /authorization/202309/shops and pass it in the query of shop calls.',
      'It is not needed on /authorization/*, /seller/*, global products and uploads.',
    ],
  },
  101000: {
    meaning: 'The token or category_asset_cipher is refused: wrong token type, or the token belongs to another shop.',
    fix: [
      'Send the shop’s access token in the `x-tts-access-token` header (202309+ APIs).',
      'Check the token, shop_cipher and app_key all belong to the same shop.',
    ],
  },
  36004004: {
    meaning: 'The auth code is invalid: it is single-use and lives 30 minutes.',
    area: 'authorization',
    fix: ['Start the authorization again and exchange the new auth code at once, only once.'],
  },
  36004005: {
    meaning: 'There is no authorization record for this shop and app.',
    area: 'authorization',
    actor: 'seller',
    fix: [
      'Have the seller authorize the app (Seller Center > Apps & services).',
      'Then use the tokens of that authorization.',
    ],
  },
  36004001: {
    meaning: 'The refresh token has expired.',
    area: 'authorization',
    actor: 'seller',
    fix: ['The seller must authorize the app again; then store the new refresh token after every refresh.'],
  },
  36009002: {
    meaning: 'Too many requests: TikTok is rate-limiting this app or shop.',
    fix: [
      'Back off exponentially with jitter and honour Retry-After; TikTok’s limit per second is dynamic.',
      'Spread bulk jobs (inventory, orders) over time instead of bursts.',
    ],
  },
  36009004: {
    meaning:
      'Credentials or identifiers are invalid (app_key, token, shop, timestamp, signature or version); the message says which.',
    area: 'credentials',
    fix: [
      'Read the message: it names the field. Check the clock, the token, the app_key and the signature in that order.',
    ],
  },
  36009003: { meaning: 'Internal error on TikTok’s side.', fix: RETRY },
  36009007: { meaning: 'The request timed out on TikTok’s side.', fix: RETRY },
  36009009: {
    meaning: 'The API path is invalid.',
    cause: 'app-version',
    area: 'endpoint',
    fix: ['Check the path against the current API reference: /{category}/{version}/{resource}.'],
  },
  36009010: {
    meaning: 'The HTTP method is wrong for this path.',
    cause: 'app-version',
    area: 'endpoint',
    fix: ['Use the method the API reference gives for this path (GET, POST, PUT or DELETE).'],
  },
  36009014: {
    meaning: 'The API version is invalid or no longer supported.',
    cause: 'app-version',
    area: 'endpoint',
    fix: [
      'Update the connector to a current API version (/{category}/202309/... or newer); legacy versions are sunset.',
    ],
  },
  36009021: {
    meaning: 'The file is too large.',
    cause: 'listing',
    area: 'media',
    actor: 'seller',
    fix: ['Compress or resize the image or file below the documented limit and upload again.'],
  },
  36009022: {
    meaning: 'The request body must be JSON or multipart.',
    fix: ['Send a JSON body (or multipart for uploads) that matches the Content-Type header.'],
  },
  36009023: {
    meaning: 'The Content-Type is not supported.',
    fix: ['Set Content-Type: application/json (or multipart/form-data for uploads).'],
  },
  36009033: {
    meaning: 'The caller’s IP address is not in the app’s allow list.',
    cause: 'connectivity',
    area: 'ip-allowlist',
    fix: [
      'Add the server’s public IP to the allow list in Partner Center, or remove the list.',
      'A VPN or proxy changes the public IP: turn it off or allow its exit IP.',
    ],
  },
  98001004: {
    meaning: 'A parameter is invalid; the message names it and the reason.',
    cause: 'listing',
    area: 'product',
    fix: ['Fix the parameter the message names (format, range, required field) and send again.'],
  },
  12019150: {
    meaning: 'The product does not exist.',
    fix: ['The product id is wrong or the product was deleted: sync products again, then retry.'],
  },
  12052023: {
    meaning: 'The category does not exist.',
    fix: ['Pick the category again from the current category tree (categories change).'],
  },
  12052024: {
    meaning: 'The category is not a leaf category.',
    fix: ['Choose the most specific (leaf) category under the one selected.'],
  },
  12052931: {
    meaning: 'The product title format is invalid.',
    fix: [
      'Shorten the title and remove symbols, emojis and promotional words.',
      'Save again; if it returns, give the request_id to support.',
    ],
  },
  12019022: {
    meaning: 'A SKU needs a warehouse.',
    fix: ['Assign a warehouse to every SKU (Seller Center > Products > edit > inventory).'],
  },
  12019045: {
    meaning: 'The price is locked, for example during a promotion.',
    fix: ['End or wait for the promotion that locks the price, then change it.'],
  },
  12052093: {
    meaning: 'The shop reached its listing limit.',
    fix: ['Remove inactive listings, or raise the limit through account standing (Account health).'],
  },
  12052201: {
    meaning: 'The brand is not authorized for this shop.',
    cause: 'policy',
    area: 'brand',
    fix: ['Upload the brand authorization in Seller Center > Products > Brands, or list without the brand.'],
  },
  12052223: {
    meaning: 'The category is restricted: it needs a qualification.',
    cause: 'policy',
    area: 'restricted',
    fix: ['Apply for the category in the Qualification Center of Seller Center before listing there.'],
  },
  12052220: {
    meaning: 'The category is prohibited.',
    cause: 'policy',
    area: 'restricted',
    fix: ['This product cannot be sold in this market; check the prohibited products policy.'],
  },
  12052995: {
    meaning: 'The seller has not finished onboarding.',
    cause: 'account',
    area: 'onboarding',
    fix: ['Finish the onboarding steps in Seller Center (verification, bank account, warehouse).'],
  },
  10002014: {
    meaning: 'Orders could not be read on TikTok’s side.',
    cause: 'platform',
    area: 'server',
    retry: true,
    fix: RETRY,
  },
  10002015: { cause: 'platform', area: 'server', actor: 'tiktok', retry: true, fix: RETRY },
  10037002: { cause: 'platform', area: 'server', actor: 'tiktok', retry: true, fix: RETRY },
  10037003: { cause: 'platform', area: 'server', actor: 'tiktok', retry: true, fix: RETRY },
  10037004: { cause: 'platform', area: 'server', actor: 'tiktok', retry: true, fix: RETRY },
  21008111: {
    meaning: 'The order or package does not belong to this seller.',
    cause: 'account',
    area: 'permissions',
    fix: ['Use the token and shop_cipher of the shop that owns the order.'],
  },
};

/** Codes known from elsewhere (not in the shared table). */
export const EXTRA = {
  36009037: {
    family: 'rate-limit',
    message: 'sandbox request limit exceeded',
    meaning: 'The sandbox’s hourly request limit is reached.',
    fix: ['Wait for the next hour, or test against a real test shop (the legacy sandbox is gone since 202309).'],
    source: FACTS,
  },
  36009043: {
    family: 'account-shop-status',
    message: 'shop is deactivated',
    meaning: 'The shop is deactivated or closing.',
    http: 401,
    fix: ['Open Seller Center > Account health and the notifications for the reason; appeal there if it is a mistake.'],
    source: FACTS,
  },
  36009044: {
    family: 'account-shop-status',
    message: 'seller account is deactivated',
    meaning: 'The seller account is deactivated.',
    http: 401,
    fix: ['Sign in to Seller Center to read the notice; complete verification or appeal as it asks.'],
    source: FACTS,
  },
  66009315: {
    family: 'permission-scope',
    message: 'no permission',
    meaning: 'No permission for this action.',
    actor: 'seller',
    fix: ['Check the user’s role in Seller Center > Account > User management, or the app’s scopes.'],
    source: FACTS,
  },
};

/**
 * Codes whose meaning depends on the message. Each variant: `match` (lower-case fragments, any one selects it);
 * the other fields replace the code's. The shared variants file's messages are matched to these by `match` too.
 */
export const VARIANTS = {
  36009004: [
    {
      id: 'timestamp',
      short: 'request time outside the accepted window',
      match: ['timestamp'],
      meaning:
        'The request time is outside the accepted window: more than 5 minutes behind or 30 seconds ahead of TikTok’s clock, or negative.',
      cause: 'connectivity',
      area: 'clock',
      fix: [
        'Sync the computer’s or server’s clock (automatic time / NTP).',
        'Send `timestamp` as 10-digit Unix seconds taken just before signing.',
      ],
    },
    {
      id: 'shop_cipher not required',
      match: ['not required', 'unexpected identifier'],
      meaning: 'The request carries a `shop_cipher` or `category_asset_cipher` this endpoint does not take.',
      cause: 'integration',
      area: 'shop-identity',
      fix: [
        'Remove shop_cipher (or category_asset_cipher) from the query of this call: /authorization/*, /seller/*, global products and uploads do not take it.',
        'Sign the request again without it.',
      ],
    },
    {
      id: 'signature',
      short: 'missing or malformed signature',
      match: ['signature', 'sign '],
      meaning: 'The `sign` query parameter is missing or malformed.',
      area: 'signing',
      fix: ['Add the `sign` query parameter computed over the exact request (see 106001).'],
    },
    {
      id: 'app_key',
      short: 'invalid app key',
      match: ['app_key', 'app key', 'appkey'],
      meaning: 'The app_key is invalid.',
      fix: ['Copy the app_key again from Partner Center > App & Service; check it is the live app, not another one.'],
    },
    {
      id: 'access_token',
      short: 'invalid access token',
      match: ['access_token', 'access token', 'token'],
      meaning: 'The access token is invalid.',
      fix: ['Send the current access token in the `x-tts-access-token` header; refresh it if it expired.', REAUTH],
    },
    {
      id: 'shop_id',
      short: 'invalid shop id',
      match: ['shop_id', 'shop id', 'shop_cipher', 'shop cipher'],
      meaning: 'The shop_id or shop_cipher is invalid.',
      area: 'shop-identity',
      fix: ['Take shop_cipher from /authorization/202309/shops for this token; do not reuse another shop’s.'],
    },
    {
      id: 'version',
      short: 'invalid API version',
      match: ['version'],
      meaning: 'The API version is invalid or unsupported.',
      cause: 'app-version',
      area: 'endpoint',
      fix: ['Call a current versioned path (/{category}/202309/...); legacy /api/ paths are sunset.'],
    },
    {
      id: 'invalid param',
      short: 'invalid product parameter',
      match: ['invalid param error', 'invalid param'],
      meaning: 'A product parameter is invalid (Create Product answers this for a bad field in the product body).',
      cause: 'listing',
      area: 'product',
      actor: 'seller',
      fix: [
        'Check the product body against Create Product: required fields, category attributes, SKU and price formats.',
        'Use Check Product Listing to see which field fails, fix it and send again.',
      ],
    },
  ],
  10006402: [
    {
      id: 'permission denied',
      match: ['permission denied'],
      meaning: 'The app or token may not read this order or package.',
      cause: 'account',
      area: 'permissions',
      actor: 'integrator',
      retry: false,
      fix: ['Check the app has the order/fulfillment scope and the token belongs to the shop of the order.'],
    },
    {
      id: 'internal error',
      match: ['internal error'],
      meaning: 'Internal error in the order service (transient).',
      cause: 'platform',
      area: 'server',
      actor: 'tiktok',
      retry: true,
      fix: RETRY,
    },
  ],
  10007014: [
    {
      id: 'freeze',
      match: ['freeze'],
      meaning: 'The package is frozen and cannot be shipped now.',
      fix: ['Wait until the package leaves the frozen state (for example a pending cancellation), then ship it.'],
    },
    {
      id: 'combine',
      match: ['combine'],
      meaning: 'These packages cannot be combined.',
      fix: ['Ship the packages separately.'],
    },
    {
      id: 'package id',
      match: ['invalid package id'],
      meaning: 'A package id is invalid.',
      fix: ['Send package ids read from Get Order Detail for this shop.'],
    },
    {
      id: 'sof',
      match: ['sof service'],
      meaning: 'The order is not in the seller-shipping service this call needs.',
      fix: ['Use this call only for orders shipped by the seller through that service.'],
    },
    {
      id: 'invoice',
      match: ['invoice'],
      meaning: 'The invoice is already being uploaded.',
      retry: true,
      fix: ['Wait a moment and check the upload before sending it again.'],
    },
  ],
  21021010: [
    {
      id: 'after-sale',
      match: ['after-sale', 'after sale'],
      meaning: 'An item of the package has an open after-sale request.',
      fix: ['Process the after-sale (return, refund) request first, then print the document.'],
    },
    {
      id: 'ship failed',
      match: ['failed to ship'],
      meaning: 'The package cannot be shipped to the buyer’s address.',
      actor: 'seller',
      fix: ['Cancel the order without penalty with the reason "Unable to deliver to buyer address".'],
    },
  ],
  21011030: [
    {
      id: 'already delivered',
      match: ['delivered'],
      meaning: 'The package is already delivered: its tracking number can no longer change.',
      actor: 'support',
      fix: ['Contact TikTok support if the tracking number must still change.'],
    },
    {
      id: 'update not allowed',
      match: ['not allow'],
      meaning: 'The tracking number cannot be updated in the package’s current state.',
      fix: ['Read the package status again; update tracking only before it is shipped.'],
    },
  ],
  45101001: [
    {
      id: 'invalid parameter',
      match: ['invalid parameter'],
      meaning: 'A parameter of the message is invalid.',
      cause: 'integration',
      area: 'customer-service',
      actor: 'integrator',
      retry: false,
      fix: ['Check the message type and content against Send Message.'],
    },
    {
      id: 'internal error',
      match: ['internal error'],
      meaning: 'Internal error in the customer service system.',
      cause: 'platform',
      area: 'server',
      actor: 'tiktok',
      retry: true,
      fix: RETRY,
    },
  ],
  12052003: [
    {
      id: 'parcel',
      match: ['parcel'],
      meaning: 'The parcel height format is wrong.',
      fix: ['Send the package height as the documented number and unit.'],
    },
    {
      id: 'cannot activate',
      match: ['can not be activated', 'cannot be activated'],
      meaning: 'The product cannot be activated in its current status.',
      fix: ['Check the product status in Seller Center > Products (in review, frozen, deleted) before activating it.'],
    },
  ],
  12052700: [
    {
      id: 'seller inactive',
      match: ['seller is inactive'],
      meaning: 'The seller account is inactive.',
      cause: 'account',
      area: 'account-status',
      fix: ['Sign in to Seller Center and read Account health for the reason.'],
    },
    {
      id: 'title invalid',
      match: ['title'],
      meaning: 'The product title is invalid.',
      cause: 'listing',
      area: 'product',
      fix: ['Fix the title (length, symbols, banned words) and check the listing again.'],
    },
  ],
  12052223: [
    {
      id: 'restricted',
      match: ['restricted', 'qualification'],
      meaning: 'The category is restricted: it needs a qualification.',
      short: 'category needs a qualification',
    },
    {
      id: 'unauthorized',
      match: ['unauthorized'],
      meaning: 'The shop is not authorized for the category it replicates into.',
      fix: ['Get the category qualification for the target shop in Seller Center, then replicate again.'],
    },
  ],
  12019116: [
    {
      id: 'delivery image',
      match: ['100 x 100', 'resolution'],
      meaning: 'The delivery image resolution is outside 100×100 to 20000×20000 pixels.',
      short: 'delivery image must be 100×100 to 20000×20000 px',
      area: 'fulfillment',
      fix: ['Resize the delivery photo into that range and upload it again.'],
    },
    { id: 'product image', match: ['dimensions'], meaning: 'The product image dimensions exceed the limits.' },
  ],
  12038004: [
    {
      id: 'pdf',
      match: ['pdf'],
      meaning: 'The delivery file must be a PDF.',
      fix: ['Upload the delivery document as a PDF.'],
    },
    {
      id: 'jpg png',
      match: ['jpg'],
      meaning: 'The delivery image must be JPG, JPEG or PNG.',
      fix: ['Convert the photo to JPG or PNG and upload it again.'],
    },
    { id: 'format', match: ['format or content'], meaning: 'The image format or content is not supported.' },
  ],
  12038005: [
    {
      id: '10 MB',
      match: ['10mb', '10 mb'],
      meaning: 'The delivery file is larger than 10 MB.',
      fix: ['Compress the file under 10 MB.'],
    },
    {
      id: '5 MB',
      match: ['5mb', '5 mb'],
      meaning: 'The delivery image is larger than 5 MB.',
      fix: ['Compress the image under 5 MB.'],
    },
    { id: 'too large', match: ['exceeds the maximum'], meaning: 'The file is larger than the upload allows.' },
  ],
};

/** Codes that circulate in blog posts but appear in no TikTok list or real response (TIKTOK_FACTS.md). */
export const NOT_TIKTOK = [10001, 10002, 10003];
/** Short meanings for one-line evidence in the diagnosis (the first version's words); others are derived. */
export const SHORT = {
  105002: 'access token expired',
  105005: 'the app lacks a permission',
  106001: 'invalid signature',
  101000: 'wrong token or shop',
  106013: 'shop_cipher missing',
  36004001: 'refresh token expired',
  36004004: 'invalid authorization code',
  36004005: 'no authorization record',
  36009002: 'too many requests',
  36009037: 'sandbox hourly limit',
  36009003: 'internal error at TikTok',
  36009004: 'invalid credentials or parameters',
  36009007: 'request timeout at TikTok',
  36009009: 'invalid API path',
  36009010: 'invalid HTTP method',
  36009014: 'invalid API version',
  36009021: 'file too large',
  36009022: 'body must be JSON or multipart',
  36009023: 'unsupported content type',
  36009033: 'IP address not in the allow list',
  36009043: 'shop deactivated or closing',
  36009044: 'seller account deactivated',
  66009315: 'no permission for this action',
  98001004: 'a parameter is invalid',
  12019150: 'product does not exist',
  12052023: 'category does not exist',
  12052024: 'not a leaf category',
  12052931: 'title format invalid',
  12019022: 'SKU needs a warehouse',
  12019045: 'price is locked',
  12052093: 'listing limit reached',
  12052201: 'brand not authorized',
  12052220: 'category prohibited',
  12052223: 'category restricted',
  12052995: 'onboarding not finished',
  10002014: 'failed to get orders',
  10002015: 'internal error in the order service',
  10037002: 'internal error in the order service',
  10037003: 'internal error in the order service',
  10037004: 'internal error in the order service',
  10006402: 'internal error in the order service',
  21008111: 'order does not belong to this seller',
  105001: 'the seller withdrew the app’s authorization',
};
