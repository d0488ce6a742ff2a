using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>A 照会 the desk withdraws: when and by whom.</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612160100_OpinionWithdrawal")]
internal sealed class OpinionWithdrawal : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<DateTime>("WithdrawnUtc", "Proposals_OpinionRequests", nullable: true);
        mb.AddColumn<string>("WithdrawnBy", "Proposals_OpinionRequests", maxLength: 256, nullable: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropColumn("WithdrawnUtc", "Proposals_OpinionRequests");
        mb.DropColumn("WithdrawnBy", "Proposals_OpinionRequests");
    }
}
