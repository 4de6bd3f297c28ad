import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'This computer cannot reach TikTok reliably: the network, a firewall, DNS, a VPN or proxy, or the clock.',
  subCauses: [
    {
      id: 'connectivity.unstable',
      title: 'Unstable internet connection',
      about: 'Wi-Fi or mobile data drops or slows down, so pages half-load, uploads fail and orders time out.',
      detectedBy: ['offline', 'unstable', 'slow', 'network-changed'],
      fixes: [
        {
          id: 'connectivity.unstable.steady',
          title: 'Get a steady connection',
          steps: [
            'Move closer to the Wi-Fi router, or plug in a network cable.',
            'If other sites are slow too, restart the router: unplug it for 30 seconds.',
            'Pause big downloads, cloud backups and video calls on this network.',
            'On mobile data or a hotspot, switch to a fixed line while you upload products or process orders.',
          ],
        },
      ],
      check: 'Press Run checks: "Connection to TikTok" shows clear, and Seller Center opens Orders without spinning.',
    },
    {
      id: 'connectivity.firewall',
      title: 'Firewall or network restrictions',
      about:
        'A work, school or ISP network filters TikTok domains, so Seller Center is blocked while other sites work. Partner API calls from a server can also be refused (code 36009033: IP address not in the allow list).',
      detectedBy: ['blocked', 'connection-refused', 'tiktok-unreachable', 'ip-allowlist', 'tls-failure'],
      fixes: [
        {
          id: 'connectivity.firewall.other-network',
          title: 'Confirm it is this network',
          steps: ['Open Seller Center on a phone hotspot. If it works there, this network is filtering TikTok.'],
        },
        {
          id: 'connectivity.firewall.allow',
          title: 'Have TikTok Shop allowed',
          steps: [
            'Ask your IT team or ISP to allow *.tiktok.com, *.tiktokglobalshop.com, *.tiktok-shops.com and *.tiktokcdn.com over HTTPS (TCP and UDP port 443).',
            'Give them the bundle: its network file lists every host that failed and how.',
            'For an app or connector that calls the Partner API from a server and gets code 36009033: add that server’s public IP address to the app’s IP allow list in Partner Center.',
          ],
        },
      ],
      check: 'Press Run checks: every TikTok host answers and "Connection to TikTok" shows clear.',
    },
    {
      id: 'connectivity.dns',
      title: 'DNS resolution problems',
      about:
        'The computer cannot look up TikTok’s addresses, so the browser says "This site can’t be reached" or DNS_PROBE_FINISHED_NXDOMAIN.',
      detectedBy: ['dns-failure'],
      fixes: [
        {
          id: 'connectivity.dns.flush',
          title: 'Refresh the DNS cache',
          steps: [
            'Restart the router and this computer.',
            'Windows: open Command Prompt and run ipconfig /flushdns. macOS: in Terminal run sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder.',
            'In Chrome or Edge, open chrome://net-internals/#dns and click "Clear host cache".',
          ],
        },
        {
          id: 'connectivity.dns.resolver',
          title: 'Use a public DNS resolver',
          steps: [
            'Set the DNS servers of the router or this computer to 1.1.1.1 and 1.0.0.1 (Cloudflare) or 8.8.8.8 and 8.8.4.4 (Google).',
            'Or in Chrome: Settings → Privacy and security → Security → "Use secure DNS", and pick a provider.',
          ],
        },
      ],
      check: 'Reload Seller Center: it opens, and Run checks no longer reports a DNS failure.',
    },
    {
      id: 'connectivity.vpn-proxy',
      title: 'VPN or proxy interference',
      about: 'A VPN or proxy adds delay, or exits through an address TikTok blocks.',
      detectedBy: ['proxy-on', 'proxy-failure'],
      fixes: [
        {
          id: 'connectivity.vpn-proxy.off',
          title: 'Test without the VPN or proxy',
          steps: [
            'Disconnect the VPN app, or turn off the VPN or proxy browser extension.',
            'In Chrome: Settings → System → "Open your computer’s proxy settings"; turn off the manual proxy and the setup script.',
            'Reload Seller Center.',
          ],
        },
        {
          id: 'connectivity.vpn-proxy.keep',
          title: 'If you need the VPN',
          steps: [
            'Pick a VPN server in your shop’s own market (for a US shop, a US server).',
            'Or add the TikTok domains to the VPN’s split-tunnel list so they bypass it.',
          ],
        },
      ],
      check: 'With the VPN or proxy off, Seller Center loads and Run checks shows "Connection to TikTok" clear.',
    },
    {
      id: 'connectivity.quic',
      title: 'QUIC (UDP 443) blocked',
      about:
        'A firewall drops UDP port 443, which the browser uses for the QUIC protocol. Browsers normally fall back to TCP, but some networks break the fallback, so connections hang or reset.',
      detectedBy: ['quic-blocked', 'connection-timeout'],
      fixes: [
        {
          id: 'connectivity.quic.test',
          title: 'Test without QUIC',
          steps: [
            'Open chrome://flags/#enable-quic, set "Experimental QUIC protocol" to Disabled and relaunch the browser.',
            'If Seller Center works now, ask IT to allow UDP 443 to TikTok hosts, or to reject it cleanly instead of dropping it.',
            'Set the flag back to Default once the network is fixed.',
          ],
        },
      ],
      check: 'Seller Center loads without timeouts, and Run checks shows no timed-out hosts.',
    },
    {
      id: 'connectivity.clock',
      title: 'Device clock out of sync',
      about:
        'This computer’s clock is off. TikTok rejects requests stamped more than 5 minutes behind or 30 seconds ahead of its clock (code 36009004), and secure sites can fail.',
      detectedBy: ['clock-skew'],
      fixes: [
        {
          id: 'connectivity.clock.auto',
          title: 'Set the time automatically',
          steps: [
            'Windows: Settings → Time & language → Date & time: turn on "Set time automatically" and "Set time zone automatically", then click "Sync now".',
            'macOS: System Settings → General → Date & Time: turn on "Set time and date automatically".',
            'For a server that calls the Partner API: turn on NTP (timedatectl set-ntp true on Linux) and check it with timedatectl or ntpstat.',
          ],
        },
      ],
      check: 'Press Run checks: the clock check passes, within a few seconds of TikTok’s clock.',
    },
  ],
  escalation: escalation('Technical issue / Seller Center not loading', [
    'If the bundle shows TikTok hosts failing from every network you tried, say so: it points at TikTok, not your network.',
  ]),
};
