using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CodeAssure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Disclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DisclosureReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingReference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReporterEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SeverityGuess = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FormNonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureReports_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DisclosureReports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureReports_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureReports_FindingId",
                table: "DisclosureReports",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureReports_FormNonce",
                table: "DisclosureReports",
                column: "FormNonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureReports_OrganisationId_ReceivedAt",
                table: "DisclosureReports",
                columns: new[] { "OrganisationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureReports_ProductId",
                table: "DisclosureReports",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureReports_TrackingReference",
                table: "DisclosureReports",
                column: "TrackingReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureReports");
        }
    }
}
