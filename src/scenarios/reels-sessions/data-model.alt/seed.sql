-- why: the seed's own schema (Solution 2, Part A and the share-chain follow-up), verbatim: no CREATE TABLE keywords, no PARTITION BY clause (its date_partition columns are NOT NULL instead), JSON and BOOLEAN types. Its own queries (Solution 3) read only fact_reels_events, dim_videos and dim_creators, all present, so nothing had to be completed.
-- Fact Tables (Event-driven, high volume)
fact_reels_events (
    event_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    video_id BIGINT NOT NULL, 
    creator_id BIGINT NOT NULL,
    session_id VARCHAR(50) NOT NULL,
    event_type VARCHAR(20) NOT NULL, -- 'view_start', 'view_end', 'like', 'share', 'comment'
    event_timestamp TIMESTAMP NOT NULL,
    
    -- Event-specific data
    view_duration_ms INT,
    video_position_pct DECIMAL(5,2),
    device_type VARCHAR(20),
    
    -- Partitioning
    date_partition DATE NOT NULL,
    hour_partition INT NOT NULL
);

-- Session aggregation table (Pre-computed for performance)
fact_reels_sessions (
    session_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    session_start_ts TIMESTAMP NOT NULL,
    session_end_ts TIMESTAMP NOT NULL,
    
    -- Aggregated metrics
    videos_watched INT,
    total_watch_time_seconds INT,
    unique_creators_watched INT,
    engagement_events_count INT,
    
    -- Session outcomes
    session_completed_flag BOOLEAN,
    last_video_completion_pct DECIMAL(5,2),
    
    date_partition DATE NOT NULL
);

-- Dimension Tables (Slowly changing, lower volume)
dim_videos (
    video_id BIGINT PRIMARY KEY,
    creator_id BIGINT NOT NULL,
    upload_timestamp TIMESTAMP NOT NULL,
    video_duration_seconds INT,
    video_category VARCHAR(50),
    content_rating VARCHAR(10),
    
    -- Content features for ML
    thumbnail_url VARCHAR(500),
    has_music BOOLEAN,
    video_quality VARCHAR(10)
);

dim_creators (
    creator_id BIGINT PRIMARY KEY,
    creator_username VARCHAR(100),
    follower_count BIGINT,
    verification_status VARCHAR(20),
    join_date DATE,
    creator_tier VARCHAR(20), -- 'rising', 'established', 'top'
    
    -- Creator performance (updated daily)
    avg_video_engagement_rate DECIMAL(5,4),
    total_videos_posted INT
);

dim_users (
    user_id BIGINT PRIMARY KEY,
    registration_date DATE,
    country_code VARCHAR(2),
    age_group VARCHAR(20),
    
    -- User preferences (updated in real-time)
    preferred_categories JSON,
    follower_count INT,
    avg_session_duration_minutes DECIMAL(6,2)
);

-- Recursive share lineage table
fact_share_chains (
    share_id VARCHAR(50) PRIMARY KEY,
    original_video_id BIGINT,
    parent_share_id VARCHAR(50), -- NULL for original post
    sharing_user_id BIGINT,
    receiving_user_id BIGINT,
    share_timestamp TIMESTAMP,
    share_depth INT, -- How many degrees from original
    
    -- Viral metrics
    views_generated_24h INT,
    subsequent_shares_24h INT
);
