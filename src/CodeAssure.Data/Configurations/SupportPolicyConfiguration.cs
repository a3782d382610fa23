using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupportPolicyConfiguration : IEntityTypeConfiguration<SupportPolicy>
{
    public void Configure(EntityTypeBuilder<SupportPolicy> e)
    {
        e.Property(p => p.Reason).HasMaxLength(4000);
        e.HasIndex(p => new { p.OrganisationId, p.ProductId }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
