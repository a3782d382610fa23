namespace CodeAssure.Web.Suppliers;

/// <summary>A supplier as typed into the register's form or the API, before checking.</summary>
/// <param name="Name">The supplier's name.</param>
/// <param name="PortalUrl">The trust portal's address (or of a document under it), or empty.</param>
/// <param name="Contact">A security contact, or empty.</param>
/// <param name="AttestationMaxAgeDays">Days (30–1095) after which an attestation is stale; empty for 365.</param>
internal sealed record SupplierInput(string? Name, string? PortalUrl, string? Contact, string? AttestationMaxAgeDays);
