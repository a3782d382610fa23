using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

/// <summary>Support policies, support notices and incident timelines (principles 4.1–4.3).</summary>
public abstract partial class CodeAssureDbContext
{
    /// <summary>Support policies, one per product.</summary>
    public DbSet<SupportPolicy> SupportPolicies => Set<SupportPolicy>();

    /// <summary>Support notices published to customers.</summary>
    public DbSet<SupportNotice> SupportNotices => Set<SupportNotice>();

    /// <summary>Incident timeline entries.</summary>
    public DbSet<IncidentTimelineEntry> IncidentTimeline => Set<IncidentTimelineEntry>();
}
