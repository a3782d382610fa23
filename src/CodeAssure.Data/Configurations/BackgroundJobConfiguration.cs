using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> e)
    {
        e.ToTable("BackgroundJobs");
        e.Property(j => j.Kind).HasMaxLength(60);
        e.Property(j => j.Payload).HasMaxLength(4000);
        e.Property(j => j.DedupeKey).HasMaxLength(200);
        e.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        e.Property(j => j.ClaimedBy).HasMaxLength(200);
        e.Property(j => j.Result).HasMaxLength(4000);
        e.Property(j => j.Error).HasMaxLength(2000);
        e.HasIndex(j => j.DedupeKey).IsUnique();
        e.HasIndex(j => new { j.State, j.RunAfter });
    }
}
