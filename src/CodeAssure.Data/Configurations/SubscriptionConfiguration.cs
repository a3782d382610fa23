using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> e)
    {
        e.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Target).HasMaxLength(2000);
        e.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        e.Property(s => s.Kinds).HasMaxLength(500);
        e.Property(s => s.CreatedBy).HasMaxLength(450);
        e.HasIndex(s => new { s.OrganisationId, s.ProductId });
        e.HasIndex(s => s.CreatedBy);
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
