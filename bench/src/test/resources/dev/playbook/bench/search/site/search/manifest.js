PlaybookSearch.deliver("manifest",{"format": 1, "shard": "t-0123456789ab", "pages": 60});
