using CodeAssure.Data.Audit;
using CodeAssure.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

/// <summary>
/// The one database model. Every save that changes audited data appends hash-chained <see cref="AuditEntry"/> rows in
/// the same transaction, so a change and its audit record are stored together or not at all.
/// Each provider has its own subclass so that each has its own migration set.
/// </summary>
public abstract partial class CodeAssureDbContext : IdentityDbContext<AppUser>
{
    // Any constant: PostgreSQL's transaction-scoped advisory lock serialises appends to the chain across instances.
    private const long AuditLockKey = 0x436f646541;

    private readonly IAuditActorSource? _actor;
    private readonly TimeProvider _time;

    /// <summary>Makes the context.</summary>
    protected CodeAssureDbContext(DbContextOptions options, IAuditActorSource? actor, TimeProvider? time)
        : base(options)
    {
        _actor = actor;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Organisations (tenants).</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Who belongs to which organisation, with which role.</summary>
    public DbSet<Membership> Memberships => Set<Membership>();

    /// <summary>Training and qualification records.</summary>
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    /// <summary>Products.</summary>
    public DbSet<Product> Products => Set<Product>();

    /// <summary>Product releases.</summary>
    public DbSet<Release> Releases => Set<Release>();

    /// <summary>API tokens (hashed).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>First-run setup tokens (hashed).</summary>
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    /// <summary>Uploaded evidence bundles.</summary>
    public DbSet<StoredEvidenceBundle> EvidenceBundles => Set<StoredEvidenceBundle>();

    /// <summary>Self-assessment versions (drafts and signed-off snapshots).</summary>
    public DbSet<AssessmentVersion> AssessmentVersions => Set<AssessmentVersion>();

    /// <summary>Files uploaded as self-assessment evidence.</summary>
    public DbSet<AssessmentEvidenceFile> AssessmentEvidenceFiles => Set<AssessmentEvidenceFile>();

    /// <summary>Vulnerability findings per release.</summary>
    public DbSet<VulnerabilityFinding> Findings => Set<VulnerabilityFinding>();

    /// <summary>Security advisories (CSAF documents).</summary>
    public DbSet<Advisory> Advisories => Set<Advisory>();

    /// <summary>Support periods per product version.</summary>
    public DbSet<SupportPeriod> SupportPeriods => Set<SupportPeriod>();

    /// <summary>The incident register.</summary>
    public DbSet<Incident> Incidents => Set<Incident>();

    /// <summary>Vulnerability disclosure settings, one per organisation.</summary>
    public DbSet<DisclosurePolicy> DisclosurePolicies => Set<DisclosurePolicy>();

    /// <summary>Events customers may be notified of.</summary>
    public DbSet<NotificationEvent> NotificationEvents => Set<NotificationEvent>();

    /// <summary>Messages waiting to be (or already) delivered.</summary>
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>The append-only, hash-chained audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Who the next save is attributed to when no actor source is configured (e.g. the CLI).</summary>
    public string FallbackActor { get; set; } = "system";

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        RefuseChangesToSnapshots();
        var at = AuditHash.Truncate(_time.GetUtcNow());
        var pending = AuditRecorder.Collect(ChangeTracker, _actor?.CurrentActor ?? FallbackActor, at);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var owned = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            if (Database.IsNpgsql())
            {
                await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken).ConfigureAwait(false);
            }

            // SQLite: Microsoft.Data.Sqlite begins transactions IMMEDIATE, so the read below is already serialised.
            var last = await AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var sequence = last?.Sequence ?? 0;
            var previous = last?.Hash ?? AuditHash.Genesis;
            foreach (var entry in pending)
            {
                entry.Sequence = ++sequence;
                entry.PreviousHash = previous;
                entry.Hash = AuditHash.Compute(entry);
                previous = entry.Hash;
                AuditEntries.Add(entry);
            }

            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return saved;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // A signed-off self-assessment is evidence that the SRO approved exactly that content: it is never changed or deleted.
    private void RefuseChangesToSnapshots()
    {
        foreach (var entry in ChangeTracker.Entries<AssessmentVersion>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted &&
                entry.OriginalValues.GetValue<string>(nameof(AssessmentVersion.Status)) == AssessmentVersion.SignedOff)
            {
                throw new InvalidOperationException($"self-assessment version {entry.Entity.Number} is signed off and cannot be changed");
            }
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<Organisation>(e =>
        {
            e.Property(o => o.Slug).HasMaxLength(64);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.StakeholderRole).HasMaxLength(40);
            e.Property(o => o.SroName).HasMaxLength(200);
            e.Property(o => o.PortalVisibility).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(o => o.Slug).IsUnique();
        });
        builder.Entity<Membership>(e =>
        {
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(m => new { m.OrganisationId, m.UserId }).IsUnique();
            e.HasIndex(m => m.UserId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TrainingRecord>(e =>
        {
            e.Property(t => t.PersonName).HasMaxLength(200);
            e.Property(t => t.Training).HasMaxLength(200);
            e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Product>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(2000);
            e.HasIndex(p => new { p.OrganisationId, p.Name }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Release>(e =>
        {
            e.Property(r => r.Version).HasMaxLength(100);
            e.HasIndex(r => new { r.ProductId, r.Version }).IsUnique();
            e.HasIndex(r => r.OrganisationId);
            e.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ApiToken>(e =>
        {
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.Property(t => t.CreatedBy).HasMaxLength(450);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SetupToken>(e =>
        {
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
        });
        builder.Entity<StoredEvidenceBundle>(e =>
        {
            e.ToTable("EvidenceBundles");
            e.Property(b => b.Sha256).HasMaxLength(64);
            e.Property(b => b.SchemaVersion).HasMaxLength(20);
            e.Property(b => b.SubjectName).HasMaxLength(500);
            e.Property(b => b.UploadedBy).HasMaxLength(450);
            e.HasIndex(b => new { b.OrganisationId, b.ProductId });
            e.HasOne<Product>().WithMany().HasForeignKey(b => b.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AssessmentVersion>(e =>
        {
            e.Property(v => v.Status).HasMaxLength(20);
            e.Property(v => v.Sha256).HasMaxLength(64);
            e.Property(v => v.CreatedBy).HasMaxLength(450);
            e.Property(v => v.UpdatedBy).HasMaxLength(450);
            e.Property(v => v.SignedOffBy).HasMaxLength(450);
            e.Property(v => v.Scope).HasMaxLength(36);
            e.HasIndex(v => new { v.OrganisationId, v.Scope, v.Number }).IsUnique();
            e.HasIndex(v => v.ProductId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Product>().WithMany().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AssessmentEvidenceFile>(e =>
        {
            e.Property(f => f.FileName).HasMaxLength(255);
            e.Property(f => f.MediaType).HasMaxLength(100);
            e.Property(f => f.Sha256).HasMaxLength(64);
            e.Property(f => f.UploadedBy).HasMaxLength(450);
            e.HasIndex(f => new { f.OrganisationId, f.ProductId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Product>().WithMany().HasForeignKey(f => f.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
            e.Property(a => a.Actor).HasMaxLength(450);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.EntityType).HasMaxLength(100);
            e.Property(a => a.EntityId).HasMaxLength(450);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            // Also finds an organisation's latest entry in one seek (the dashboard's cache key).
            e.HasIndex(a => new { a.OrganisationId, a.Sequence });
        });

        // Each area keeps its entities' mapping next to them, as IEntityTypeConfiguration classes in this assembly.
        builder.ApplyConfigurationsFromAssembly(typeof(CodeAssureDbContext).Assembly);
    }
}
