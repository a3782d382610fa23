using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// The per-address limit on the public report and status forms: every POST counts, accepted or refused, so a flood is
/// cut off whatever it sends. Reading the forms is not limited. The per-organisation limit is counted in the database
/// (<see cref="DisclosureReportService"/>), so it holds across server instances.
/// </summary>
internal static class DisclosureRateLimits
{
    /// <summary>The rate limiter policy's name.</summary>
    public const string PolicyName = "disclosure-report";

    /// <summary>Adds the policy.</summary>
    public static void Configure(RateLimiterOptions options, DisclosureSettings settings) =>
        options.AddPolicy(PolicyName, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                "vdp:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.ReportsPerAddressPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("vdp-read"));
}
