using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CodeAssure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Attestations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrganisationSigningKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Algorithm = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublicJwk = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProtectedPrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSigningKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationSigningKeys_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedAttestations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReleaseVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubjectName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SubjectSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssessmentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    AssessmentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Envelope = table.Column<string>(type: "text", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedAttestations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedAttestations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SignedAttestations_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSigningKeys_KeyId",
                table: "OrganisationSigningKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSigningKeys_OrganisationId",
                table: "OrganisationSigningKeys",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedAttestations_AssessmentVersionId",
                table: "SignedAttestations",
                column: "AssessmentVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedAttestations_OrganisationId_ProductId",
                table: "SignedAttestations",
                columns: new[] { "OrganisationId", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedAttestations_ProductId",
                table: "SignedAttestations",
                column: "ProductId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationSigningKeys");

            migrationBuilder.DropTable(
                name: "SignedAttestations");
        }
    }
}
