using CodeAssure.Data;

namespace CodeAssure.Web;

/// <summary><c>GET /health</c>: 200 when the (already migrated) database answers, 503 otherwise.</summary>
internal static class HealthEndpoint
{
    public static async Task<IResult> CheckAsync(CodeAssureDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
            ? Results.Ok(new { status = "ok" })
            : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database is not reachable.");
}
