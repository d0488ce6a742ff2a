using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>The answers to the questions editors added to the proposal form (JSON, labels as asked).</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612170100_EditorAddedFields")]
internal sealed class EditorAddedFields : Migration
{
    protected override void Up(MigrationBuilder mb) =>
        mb.AddColumn<string>("EditorFieldsJson", "Proposals_Proposals", nullable: false, defaultValue: "[]");

    protected override void Down(MigrationBuilder mb) => mb.DropColumn("EditorFieldsJson", "Proposals_Proposals");
}
