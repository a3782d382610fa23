using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.AuditLog;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Browse and filter the organisation's audit entries.</summary>
internal sealed class AuditModel(CodeAssureDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() =>
        Entries = await AuditLogQuery.ListAsync(db, HttpContext.Tenant(), Action, EntityType, Actor, Before, HttpContext.RequestAborted);
}
