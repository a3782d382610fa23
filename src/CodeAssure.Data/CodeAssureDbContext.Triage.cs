using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

/// <content>Vulnerability triage: comments on findings, SLA policies and overdue notices.</content>
public abstract partial class CodeAssureDbContext
{
    /// <summary>Comments on findings.</summary>
    public DbSet<FindingComment> FindingComments => Set<FindingComment>();

    /// <summary>Remediation SLA policies, one per organisation.</summary>
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    /// <summary>Which findings have had their overdue notice queued.</summary>
    public DbSet<FindingOverdueNotice> FindingOverdueNotices => Set<FindingOverdueNotice>();
}
