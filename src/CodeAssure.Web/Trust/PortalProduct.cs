using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Trust;

/// <summary>One product on the portal: its support periods, releases and the advisories that cover it.</summary>
/// <param name="Support">Its support periods around today.</param>
/// <param name="Periods">Every support period, by version line then start.</param>
/// <param name="Releases">Its releases, newest first.</param>
/// <param name="Advisories">Published advisories that name the product, newest first.</param>
internal sealed record PortalProduct(SupportStatus Support, IReadOnlyList<SupportPeriod> Periods, IReadOnlyList<Release> Releases, IReadOnlyList<Advisory> Advisories);
