"""Analysis: relations over time, the signed actor network, coalitions (fronts).

Needs: fused `Event`s. Adds: `Relation`s per ordered actor pair and month; a signed graph;
a structural-balance partition of it (fronts) with its evidence.
"""

from realpolitik.analysis.fronts import find_fronts
from realpolitik.analysis.network import build_network, export_network
from realpolitik.analysis.relations import compute_relations

__all__ = ["build_network", "compute_relations", "export_network", "find_fronts"]
