using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("Outbox");
        e.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.Target).HasMaxLength(2000);
        e.Property(m => m.Subject).HasMaxLength(500);
        e.Property(m => m.LastError).HasMaxLength(2000);
        e.HasIndex(m => new { m.DeliveredAt, m.FailedAt, m.NextAttemptAt });
        e.HasIndex(m => m.OrganisationId);
    }
}
