using CodeAssure.Catalog;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Organisations;

/// <summary>Organisations, their members and profile (stakeholder role, SRO appointment, training records).</summary>
internal sealed class OrganisationService(CodeAssureDbContext db, UserManager<AppUser> users, CodeCatalog catalog, TimeProvider time)
{
    public async Task<IReadOnlyList<(Organisation Organisation, OrganisationRole Role)>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Memberships.AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                          where m.UserId == userId && m.Role != OrganisationRole.Customer
                          orderby o.Name
                          select new { o, m.Role }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.o, r.Role)).ToList();
    }

    /// <summary>Creates an organisation with the creator as its Owner.</summary>
    public async Task<Organisation> CreateAsync(string userId, string? name, string? slug, string? stakeholderRole, CancellationToken cancellationToken)
    {
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            Name = Input.Required("name", name, 200, "The name"),
            Slug = Input.Slug("slug", slug),
            StakeholderRole = Role(stakeholderRole),
            CreatedAt = time.GetUtcNow(),
        };
        if (await db.Organisations.AnyAsync(o => o.Slug == organisation.Slug, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("slug", $"The URL name '{organisation.Slug}' is taken; choose another.");
        }

        db.Organisations.Add(organisation);
        db.Memberships.Add(new Membership { Id = Guid.NewGuid(), OrganisationId = organisation.Id, UserId = userId, Role = OrganisationRole.Owner });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return organisation;
    }

    public async Task<Organisation> UpdateProfileAsync(
        TenantContext tenant, string? name, string? stakeholderRole, string? sroName, string? sroAppointedOn, bool sroAcknowledged, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstAsync(o => o.Id == tenant.Id, cancellationToken).ConfigureAwait(false);
        organisation.Name = Input.Required("name", name, 200, "The name");
        organisation.StakeholderRole = Role(stakeholderRole);
        organisation.SroName = Input.Optional("sroName", sroName, 200, "The SRO's name");
        organisation.SroAppointedOn = Input.OptionalDate("sroAppointedOn", sroAppointedOn, "The appointment date");
        if (organisation.SroName is null && (organisation.SroAppointedOn is not null || sroAcknowledged))
        {
            throw new InvalidInputException("sroName", "Name the SRO before giving an appointment date or acknowledgement.");
        }

        organisation.SroAcknowledged = sroAcknowledged;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return organisation;
    }

    public async Task<IReadOnlyList<(Membership Membership, string Email)>> MembersAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Memberships.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.OrganisationId == tenant.Id
                          orderby u.Email
                          select new { m, u.Email }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.m, r.Email ?? "")).ToList();
    }

    /// <summary>
    /// Adds a person by email with a role. An unknown email gets a new account with the given initial password
    /// (Owners and SROs must then enrol MFA at first sign-in).
    /// </summary>
    public async Task<Membership> AddMemberAsync(TenantContext tenant, string? email, string? role, string? initialPassword, CancellationToken cancellationToken)
    {
        var address = Input.Required("email", email, 256, "The email address");
        if (!System.Net.Mail.MailAddress.TryCreate(address, out _))
        {
            throw new InvalidInputException("email", "The email address is not valid.");
        }

        var memberRole = ParseRole(role);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.FindByEmailAsync(address).ConfigureAwait(false);
        if (user is null)
        {
            if (string.IsNullOrEmpty(initialPassword))
            {
                throw new InvalidInputException("initialPassword", "No account has this email address: give an initial password to create one.");
            }

            user = new AppUser { UserName = address, Email = address, CreatedAt = time.GetUtcNow() };
            var created = await users.CreateAsync(user, initialPassword).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                throw new InvalidInputException("initialPassword", string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        if (await db.Memberships.AnyAsync(m => m.OrganisationId == tenant.Id && m.UserId == user.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("email", $"{address} is already a member.");
        }

        var membership = new Membership { Id = Guid.NewGuid(), OrganisationId = tenant.Id, UserId = user.Id, Role = memberRole };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return membership;
    }

    public async Task<bool> RemoveMemberAsync(TenantContext tenant, Guid membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrganisationId == tenant.Id && m.Id == membershipId, cancellationToken).ConfigureAwait(false);
        if (membership is null)
        {
            return false;
        }

        if (membership.Role == OrganisationRole.Owner &&
            await db.Memberships.CountAsync(m => m.OrganisationId == tenant.Id && m.Role == OrganisationRole.Owner, cancellationToken).ConfigureAwait(false) == 1)
        {
            throw new InvalidInputException("membership", "An organisation keeps at least one Owner.");
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<List<TrainingRecord>> TrainingAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        db.TrainingRecords.AsNoTracking().Where(t => t.OrganisationId == tenant.Id)
            .OrderBy(t => t.PersonName).ThenBy(t => t.Training).ToListAsync(cancellationToken);

    public async Task<TrainingRecord> AddTrainingAsync(
        TenantContext tenant, string? personName, string? training, string? completedOn, string? expiresOn, CancellationToken cancellationToken)
    {
        var record = new TrainingRecord
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            PersonName = Input.Required("personName", personName, 200, "The person's name"),
            Training = Input.Required("training", training, 200, "The training or qualification"),
            CompletedOn = Input.Date("completedOn", completedOn, "The completion date"),
            ExpiresOn = Input.OptionalDate("expiresOn", expiresOn, "The expiry date"),
        };
        if (record.ExpiresOn < record.CompletedOn)
        {
            throw new InvalidInputException("expiresOn", "The expiry date must not be before the completion date.");
        }

        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    public async Task<bool> DeleteTrainingAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.TrainingRecords.FirstOrDefaultAsync(t => t.OrganisationId == tenant.Id && t.Id == id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return false;
        }

        db.TrainingRecords.Remove(record);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public IReadOnlyList<StakeholderRole> StakeholderRoles => catalog.Roles;

    public static OrganisationRole ParseRole(string? role) =>
        Enum.TryParse<OrganisationRole>(role, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role, out _)
            ? parsed
            : throw new InvalidInputException("role", "The role must be one of Owner, Sro, Engineer, Auditor, Customer.");

    private string Role(string? stakeholderRole)
    {
        var id = Input.Required("stakeholderRole", stakeholderRole, 40, "The stakeholder role");
        return catalog.TryGetRole(id, out var role)
            ? role.Id
            : throw new InvalidInputException("stakeholderRole", $"The stakeholder role must be one of: {string.Join(", ", catalog.Roles.Select(r => r.Id))}.");
    }
}
