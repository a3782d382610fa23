using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

/// <summary>Release SBOMs, their components and the background job queue (issue 7, continuous monitoring).</summary>
public abstract partial class CodeAssureDbContext
{
    /// <summary>The SBOM attached to each release.</summary>
    public DbSet<ReleaseSbom> ReleaseSboms => Set<ReleaseSbom>();

    /// <summary>The components of each release's SBOM, normalised for matching.</summary>
    public DbSet<ReleaseComponent> ReleaseComponents => Set<ReleaseComponent>();

    /// <summary>Background jobs, claimed by server instances under a row lock and a lease.</summary>
    public DbSet<BackgroundJob> BackgroundJobs => Set<BackgroundJob>();
}
