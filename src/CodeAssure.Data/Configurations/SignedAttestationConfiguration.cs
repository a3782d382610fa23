using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SignedAttestationConfiguration : IEntityTypeConfiguration<SignedAttestation>
{
    public void Configure(EntityTypeBuilder<SignedAttestation> e)
    {
        e.Property(a => a.ReleaseVersion).HasMaxLength(100);
        e.Property(a => a.SubjectName).HasMaxLength(400);
        e.Property(a => a.SubjectSha256).HasMaxLength(64);
        e.Property(a => a.AssessmentSha256).HasMaxLength(64);
        e.Property(a => a.KeyId).HasMaxLength(64);
        e.HasIndex(a => new { a.OrganisationId, a.ProductId });
        e.HasIndex(a => a.AssessmentVersionId).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
