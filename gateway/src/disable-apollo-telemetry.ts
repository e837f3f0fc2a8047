/**
 * Switches off @apollo/gateway's usage telemetry before an ApolloGateway is made. Left on, every gateway start probes
 * cloud metadata addresses (169.254.169.254, …) and sends usage metrics to Apollo: network traffic to third parties
 * that a hub handling work contacts must not make (DESIGN.md principle 6), and that hangs tests on a machine without
 * that network. @apollo/gateway reads only the APOLLO_TELEMETRY_DISABLED variable, at construction, so that is the switch.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
