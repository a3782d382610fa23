using System.Text;
using CodeAssure.Attestation.Keys;
using CodeAssure.Attestation.Verification;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Verifies the attestation a vendor gave with a questionnaire, against the keys of a supplier in the register or of an
/// issuer's portal address, and keeps the verdict on the questionnaire (<see cref="VendorQuestionnaire.AttestationVerdict"/>).
/// </summary>
internal sealed class QuestionnaireAttestationCheck(CodeAssureDbContext db, SupplierImporter importer, TimeProvider time)
{
    /// <summary>
    /// Verifies and stores the verdict; null when the questionnaire is not this organisation's. Throws
    /// <see cref="InvalidInputException"/> when there is no attestation or no usable keys.
    /// </summary>
    public async Task<VendorQuestionnaire?> VerifyAsync(TenantContext tenant, Guid questionnaireId, Guid? supplierId, string? issuerUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var questionnaire = await db.VendorQuestionnaires.FirstOrDefaultAsync(q => q.OrganisationId == tenant.Id && q.Id == questionnaireId, ct).ConfigureAwait(false);
        if (questionnaire is null)
        {
            return null;
        }

        if (questionnaire.AttestationJson is not { } attestation)
        {
            throw new InvalidInputException("Supplier", "The vendor gave no attestation with this questionnaire.");
        }

        JsonWebKeySet keys;
        string source;
        if (supplierId is { } id && id != Guid.Empty)
        {
            var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.OrganisationId == tenant.Id && s.Id == id, ct).ConfigureAwait(false)
                ?? throw new InvalidInputException("Supplier", "Choose a supplier from the register.");
            if (supplier.PortalUrl is null)
            {
                throw new InvalidInputException("Supplier", $"{supplier.Name} has no portal address, so its keys cannot be read; give the issuer's portal address instead.");
            }

            keys = await importer.KeysAsync(supplier, null, ct).ConfigureAwait(false);
            source = $"{supplier.Name}'s keys ({supplier.PortalUrl})";
        }
        else if (!string.IsNullOrWhiteSpace(issuerUrl))
        {
            keys = await importer.KeysFromPortalAsync(issuerUrl, ct).ConfigureAwait(false);
            source = "the keys of " + SupplierPortalAddress.Parse(issuerUrl).Portal.AbsoluteUri;
        }
        else
        {
            throw new InvalidInputException("Supplier", "Choose a supplier from the register, or give the issuer's portal address.");
        }

        using var verifier = new AttestationVerifier(keys, time);
        var verdict = verifier.Verify(Encoding.UTF8.GetBytes(attestation));
        var text = verdict.IsValid ? $"valid with {source}: {verdict.Reason}" : $"INVALID with {source} ({verdict.Failure}): {verdict.Reason}";
        questionnaire.AttestationVerdict = text.Length <= 2500 ? text : text[..2499] + "…";
        questionnaire.AttestationVerifiedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return questionnaire;
    }
}
