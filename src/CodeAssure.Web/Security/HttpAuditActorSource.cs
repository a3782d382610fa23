using System.Security.Claims;
using CodeAssure.Data.Audit;

namespace CodeAssure.Web.Security;

/// <summary>The audit actor of the current request: the user id, <c>token:{id}</c>, or <c>anonymous</c> (setup, sign-in).</summary>
internal sealed class HttpAuditActorSource(IHttpContextAccessor accessor) : IAuditActorSource
{
    public string CurrentActor =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? id : "anonymous";
}
