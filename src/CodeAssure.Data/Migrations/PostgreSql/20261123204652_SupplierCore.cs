using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CodeAssure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SupplierCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttestationVerdict",
                table: "VendorQuestionnaires",
                type: "character varying(2500)",
                maxLength: 2500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AttestationVerifiedAt",
                table: "VendorQuestionnaires",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttestationVerdict",
                table: "VendorQuestionnaires");

            migrationBuilder.DropColumn(
                name: "AttestationVerifiedAt",
                table: "VendorQuestionnaires");
        }
    }
}
