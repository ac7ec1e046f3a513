-- why: the seed's own schema (Solution 6.2) as written, shorthand without CREATE TABLE, inline INDEX, DEFAULT FALSE and PARTITION BY; relationships keyed by a surrogate id.

-- User relationships (friendships + follows)
fact_user_relationships (
    relationship_id BIGINT PRIMARY KEY,
    user_id_from BIGINT NOT NULL,
    user_id_to BIGINT NOT NULL,
    relationship_type VARCHAR(10), -- 'friend', 'follow'
    status VARCHAR(15), -- 'active', 'pending', 'blocked'
    created_timestamp TIMESTAMP NOT NULL,
    
    -- Relationship strength indicators
    mutual_friends_count INT DEFAULT 0,
    interaction_score DECIMAL(5,2) DEFAULT 0,
    
    INDEX idx_user_from (user_id_from),
    INDEX idx_user_to (user_id_to)
);

-- PYMK suggestions tracking
fact_pymk_suggestions (
    suggestion_id VARCHAR(50) PRIMARY KEY,
    target_user_id BIGINT NOT NULL,
    suggested_user_id BIGINT NOT NULL,
    suggestion_timestamp TIMESTAMP NOT NULL,
    
    -- Suggestion context
    suggestion_reason VARCHAR(50), -- 'mutual_friends', 'location', 'contacts'
    mutual_friends_count INT,
    algorithm_score DECIMAL(5,4),
    
    -- Outcome tracking
    was_viewed BOOLEAN DEFAULT FALSE,
    was_requested BOOLEAN DEFAULT FALSE,
    was_accepted BOOLEAN DEFAULT FALSE,
    outcome_timestamp TIMESTAMP,
    
    date_partition DATE NOT NULL
)
PARTITION BY date_partition;

-- User privacy settings
dim_user_privacy (
    user_id BIGINT PRIMARY KEY,
    is_private_account BOOLEAN DEFAULT FALSE,
    allow_friend_suggestions BOOLEAN DEFAULT TRUE,
    pymk_frequency_preference VARCHAR(10), -- 'high', 'medium', 'low', 'off'
    last_updated TIMESTAMP NOT NULL
);

-- completed: the seed's effectiveness query (Solution 6.3) reads fact_user_interactions, which its schema forgot.
fact_user_interactions (
    interaction_id BIGINT PRIMARY KEY,
    user_id_from BIGINT NOT NULL,
    user_id_to BIGINT NOT NULL,
    interaction_type VARCHAR(10), -- 'like', 'comment', 'message', 'view'
    interaction_timestamp TIMESTAMP NOT NULL,

    INDEX idx_interaction_pair (user_id_from, user_id_to)
);
